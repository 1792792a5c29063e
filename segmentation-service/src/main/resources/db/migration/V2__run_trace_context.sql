-- The W3C trace context (traceparent) of the request that started a run. Every task of the run is executed
-- in a span that continues this trace, so a trace shows the gateway, the API call and the worker's tasks.
ALTER TABLE segmentation_run ADD COLUMN trace_parent text;
