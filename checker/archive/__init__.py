"""Archive audits: local and Dask engines, the result cache and photo fingerprints."""
