-- wrk script of bench/server/run.sh: sends what a browser or a script sends (the session cookie or
-- the API token, gzip accepted), counts every answer that is not 2xx as an error (a redirect to
-- the sign-in page, a 429, a 500), and prints one RESULT line that run.sh reads.
--
-- Environment: BENCH_COOKIE (a session cookie, "golive=...") or BENCH_TOKEN (an API token);
-- BENCH_THINK_MS, a pause of each connection between an answer and its next request (0: none).

local cookie = os.getenv("BENCH_COOKIE")
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
elseif cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
  wrk.headers["Accept"] = "text/html,application/xhtml+xml"
end
wrk.headers["Accept-Encoding"] = "gzip"

local think = tonumber(os.getenv("BENCH_THINK_MS") or "0") or 0
if think > 0 then
  -- wrk waits this long before each request; the latency it reports leaves the pause out
  function delay()
    return think
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  first_bad = ""
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_bad == "" then
      first_bad = tostring(status)
    end
  end
end

function done(summary, latency, requests)
  local bad = 0
  local seen = ""
  for _, t in ipairs(threads) do
    bad = bad + t:get("non2xx")
    local f = t:get("first_bad")
    if seen == "" and f ~= "" then
      seen = f
    end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d"
      .. " socket_errors=%d non2xx=%d first_non2xx=%s\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, bad, seen ~= "" and seen or "-"))
end
