-- wrk script for RepublishUnderLoadTest: rotates over the given paths and checks that every answer
-- is 2xx and of one publish only: the run named in X-ITA-Run, that run's figure in the body, and no
-- other run's id or figure (a mixed answer).
-- Arguments (after --): a comma-separated list of paths, then one RUN=FIGURE per publish.
local paths, runs, figures = {}, {}, {}
local next_path = 0
failed, mixed, unknown, answered = 0, 0, 0, 0
first_problem = ""

function setup(thread)
  threads = threads or {}
  table.insert(threads, thread)
end

function init(args)
  for p in string.gmatch(args[1], "[^,]+") do table.insert(paths, p) end
  for i = 2, #args do
    local run, figure = string.match(args[i], "^(.-)=(.*)$")
    table.insert(runs, run)
    figures[run] = figure
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

local function note(problem)
  if first_problem == "" then first_problem = problem end
end

function response(status, headers, body)
  answered = answered + 1
  if status < 200 or status > 299 then
    failed = failed + 1
    note("status " .. status)
    return
  end
  local run = headers["X-ITA-Run"] or headers["x-ita-run"]
  local figure = run and figures[run]
  if not figure then
    unknown = unknown + 1
    note("run header " .. tostring(run))
    return
  end
  if not string.find(body, figure, 1, true) then
    mixed = mixed + 1
    note(run .. " without its figure " .. figure)
    return
  end
  for _, other in ipairs(runs) do
    if other ~= run and (string.find(body, other, 1, true) or
        (figures[other] ~= figure and string.find(body, figures[other], 1, true))) then
      mixed = mixed + 1
      note(run .. " with " .. other .. "'s id or figure")
      return
    end
  end
end

function done(summary, latency, requests)
  local f, m, u, a, problem = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    f = f + t:get("failed")
    m = m + t:get("mixed")
    u = u + t:get("unknown")
    a = a + t:get("answered")
    if problem == "" then problem = t:get("first_problem") end
  end
  local e = summary.errors
  io.write(string.format("ita-load requests=%d answered=%d failed=%d socket_errors=%d mixed=%d unknown=%d problem=%s\n",
    summary.requests, a, f, e.connect + e.read + e.write + e.timeout, m, u, problem))
end
