-- Shared by the wrk scripts of benchmarks/run.sh. Environment: SB_KEY (a gateway's API key), SB_TO (the sender),
-- SB_OUT (where done() writes one machine-readable line). Each wrk thread gets its own number (setup), so that
-- the customers' addresses it makes never collide with another thread's.
local common = {}

local threads = {}

-- SB_DELAY_MS: each connection waits this long before each request, for a paced load below saturation (0: none).
local pause = tonumber(os.getenv("SB_DELAY_MS") or "0")

function common.delay()
  return pause
end

function common.setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

common.headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("SB_KEY"),
}

function common.message(from, text)
  return wrk.format("POST", "/switchboard/api/v1/messages", common.headers,
    '{"channel": "SMS", "from": "' .. from .. '", "to": "' .. os.getenv("SB_TO") .. '", "text": "' .. text .. '"}')
end

-- One line of key=value pairs: answers per second counts only answers in 2xx/3xx; latencies in microseconds.
function common.done(summary, latency, requests)
  local e = summary.errors
  local failed = e.status + e.timeout + e.connect + e.read + e.write
  local seconds = summary.duration / 1e6
  local line = string.format(
    "requests=%d failed=%d non2xx=%d timeouts=%d seconds=%.3f per_second=%.2f"
      .. " p50_us=%d p75_us=%d p90_us=%d p99_us=%d max_us=%d",
    summary.requests, failed, e.status, e.timeout, seconds, (summary.requests - failed) / seconds,
    latency:percentile(50), latency:percentile(75), latency:percentile(90), latency:percentile(99), latency.max)
  local out = os.getenv("SB_OUT")
  if out then
    local f = assert(io.open(out, "w"))
    f:write(line .. "\n")
    f:close()
  end
  io.write(line .. "\n")
end

return common
