package geo

// Pack exposes pack to the tests of package geo_test, as any: the
// packed form is the package's own.
func Pack(m Map) (any, bool) { return pack(m) }
