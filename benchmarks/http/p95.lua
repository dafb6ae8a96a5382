-- wrk script: prints the request count, median and 95th percentile latency (ms) when the run ends.
-- wrk -t1 -c2 -d20s -s benchmarks/http/p95.lua -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:5056/api/v1/<url>"
done = function(summary, latency, requests)
  io.write(string.format("requests %d  p50 %.1f ms  p95 %.1f ms  errors %d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
