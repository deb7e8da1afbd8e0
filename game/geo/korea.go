package geo

// Korea returns the map the explainer ships, assets/map/korea.json as
// Parse reads it. It is compiled into the program (korea_baked.go,
// which a test checks against the file and rewrites with -update), so
// that opening the explainer decodes no JSON. Its slices are shared:
// callers must not change them.
func Korea() Map { return korea }
