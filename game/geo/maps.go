package geo

// The maps the explainer ships, assets/map/*.json as Parse reads them.
// They are compiled into the program, packed (korea_baked.go,
// europe_baked.go, useast_baked.go, which a test checks against the files and rewrites
// with -update), so that opening the explainer decodes no JSON. Their
// slices are shared: callers must not change them.

// Korea returns the map of the Korean peninsula: the Kakao, Naver and
// Daejeon fires, and the sandbox.
func Korea() Map { return koreaMap() }

// Europe returns the map of north-west Europe: OVHcloud's Strasbourg
// fire and Telegram's Amsterdam outage.
func Europe() Map { return europeMap() }

// USEast returns the map of the eastern United States around
// Washington: AWS us-east-1 in Northern Virginia.
func USEast() Map { return useastMap() }

// For returns the shipped map that holds the most of points, Korea's
// when none holds any (or on a tie), and whether any point is on it.
// When Korea holds them all (the Kakao story's first screen) no other
// map is unpacked.
func For(points []Point) (Map, bool) {
	best, most := Korea(), 0
	for i, m := range []func() Map{Korea, Europe, USEast} {
		b := m().Bounds()
		n := 0
		for _, p := range points {
			if p.Lon >= b.MinLon && p.Lon <= b.MaxLon && p.Lat >= b.MinLat && p.Lat <= b.MaxLat {
				n++
			}
		}
		if n > most {
			best, most = m(), n
		}
		if i == 0 && n == len(points) && n > 0 {
			break
		}
	}
	return best, most > 0
}
