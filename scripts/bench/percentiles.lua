-- wrk script: rotates through the paths listed (one per line) in the file named by the environment variable
-- PATHS, sends the cookie in COOKIE if set, and prints p50/p95/p99 and the count of non-2xx answers.
local paths = {}
local counter = 0
local file = os.getenv("PATHS")
if file then
  for line in io.lines(file) do if line ~= "" then table.insert(paths, line) end end
end
local cookie = os.getenv("COOKIE")

request = function()
  counter = counter + 1
  local path = #paths > 0 and paths[(counter % #paths) + 1] or wrk.path
  local headers = {}
  if cookie and cookie ~= "" then headers["Cookie"] = cookie end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
