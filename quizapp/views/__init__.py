"""One blueprint per feature; views parse the request, call a service, render."""
