package ui

// name returns names[i], or kind followed by the number where i is
// not one of them, for the String methods of the package's enums.
func name(i int, kind string, names ...string) string {
	if i < 0 || i >= len(names) {
		return kind + itoa(i)
	}
	return names[i]
}

// itoa formats i in decimal.
func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// String names the key for tests and logs.
func (k Key) String() string {
	if k >= Key1 && k < Key1+6 {
		return itoa(int(k-Key1) + 1)
	}
	return name(int(k), "key", "none", "tab", "enter", "space", "left", "right", "up", "down", "home", "end",
		"f", "l", "p", "n", "1", "2", "3", "4", "5", "6", "z", "y", "backspace")
}

// String names the action kind for tests and logs.
func (k ActionKind) String() string {
	return name(int(k), "action", "none", "start-fire", "toggle-play", "slower", "faster", "set-speed", "seek", "step",
		"toggle-lang", "focus-next", "focus-prev", "play", "pause", "set-lang", "next-step", "prev-step", "go-step",
		"toggle-sources", "toggle-fix", "explore", "sandbox", "story", "undo", "redo", "open-link", "import", "press")
}

// String names the pointer phase for tests and logs.
func (p PointerPhase) String() string { return name(int(p), "phase", "down", "move", "up") }

// String names the sandbox tab for tests and logs.
func (t Tab) String() string {
	return name(int(t), "tab", "sites", "services", "incident", "start", "inside", "chart", "compare", "nines", "build")
}

// String names the widget kind, as the test hook's widget ids begin.
func (k WidgetKind) String() string {
	return name(int(k), "widget", "tab", "undo", "redo", "copy-link", "site", "site-add", "name", "wall", "zone-cut",
		"gen-minus", "gen-plus", "fuel-minus", "fuel-plus", "ups-minus", "ups-plus", "site-remove",
		"comp", "comp", "page-prev", "page-next", "incident", "incident-site", "incident-room", "reroll",
		"base", "export", "import", "map-site", "chart", "save-png", "save-csv", "versus", "nines-run",
		"part", "tray-prev", "tray-next", "map-zoom")
}

// String names the story task for tests and logs.
func (t Task) String() string {
	return name(int(t), "task", "tap-app", "start-fire", "tap-site", "scrub-past", "tap-map", "replay", "explore")
}

// String names the scrub bar's mark for tests and logs.
func (k MarkKind) String() string {
	return name(int(k), "mark", "fire", "cut", "knockdown", "text-back", "all-back")
}

// String names the kind of difference for tests and logs.
func (k ChangeKind) String() string {
	return name(int(k), "change", "owner", "site-added", "site-gone", "wall", "zone-cut", "generators", "ups", "mode", "copies")
}
