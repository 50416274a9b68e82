"""Times: relative and absolute time expressions resolved against the publication date (``newsgraph_times``)."""
