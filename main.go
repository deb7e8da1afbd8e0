//go:build !js

// Command outagelab opens Outage Lab's explainer in a desktop window (in
// the browser build, in the page):
//
//	go run .              # the explainer, in English
//	go run . -lang ko     # in Korean
//
// The headless report on a scenario is another command, which needs no
// display: go run ./cmd/report kakao2022.
//
// The browser build (play_js.go) takes its options from the page's URL,
// so it carries none of this command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"outagelab/game"
	"outagelab/sim/report"
)

func main() {
	opt, err := parseArgs(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "outagelab:", err)
		os.Exit(2)
	}
	if err := play(opt); err != nil {
		fmt.Fprintln(os.Stderr, "outagelab:", err)
		os.Exit(1)
	}
}

// parseArgs reads the command line into the explainer's options. It
// writes help to stderr when asked (returning flag.ErrHelp) and nothing
// else: the caller reports the error.
func parseArgs(args []string, stderr io.Writer) (game.Options, error) {
	fl := flag.NewFlagSet("outagelab", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	lang := fl.String("lang", "en", "the explainer's `language`: en or ko")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "Usage: outagelab [-lang en|ko]")
		fmt.Fprintln(stderr, "Opens the explainer in a window. The report on a scenario is go run ./cmd/report.")
		fl.SetOutput(stderr)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return game.Options{}, err
	}
	if fl.NArg() > 0 {
		return game.Options{}, fmt.Errorf("unexpected argument %q (the report on a scenario is go run ./cmd/report)", fl.Arg(0))
	}
	l, err := report.ParseLang(*lang)
	if err != nil {
		return game.Options{}, err
	}
	return game.Options{Lang: string(l)}, nil
}
