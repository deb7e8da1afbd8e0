//go:build !js

package layers

import (
	"bufio"
	"bytes"
	"fmt"
	"go/build/constraint"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// repoRoot is the repository's root seen from this package's directory.
const repoRoot = "../.."

// module is the module path; its packages are the ones the rules are about.
const module = "outagelab"

// Targets go list loads packages for: a rule about syscall/js means
// something only under js/wasm, one about Ebiten under both.
var (
	native  = []string{}
	browser = []string{"GOOS=js", "GOARCH=wasm"}
)

// graph is the import graph go list reports for some packages and all
// their dependencies.
type graph struct {
	roots    []string            // the packages the patterns matched, sorted
	imports  map[string][]string // import path -> its direct imports
	standard map[string]bool     // import path -> in the standard library
}

// load runs go list -deps on patterns from the repository's root, with env
// added to the environment, and returns the import graph of the
// packages' non-test files.
func load(t *testing.T, env []string, patterns ...string) graph {
	t.Helper()
	args := append([]string{"list", "-deps", "-f", "{{.ImportPath}}\t{{.Standard}}\t{{.DepOnly}}\t{{join .Imports \" \"}}"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s (%s): %v\n%s", strings.Join(args, " "), strings.Join(env, " "), err, stderr.String())
	}
	g := graph{imports: map[string][]string{}, standard: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			t.Fatalf("go list: unexpected line %q", sc.Text())
		}
		path := f[0]
		g.standard[path] = f[1] == "true"
		g.imports[path] = strings.Fields(f[3])
		if f[2] == "false" {
			g.roots = append(g.roots, path)
		}
	}
	slices.Sort(g.roots)
	if len(g.roots) == 0 {
		t.Fatalf("go list %s matched no packages", strings.Join(patterns, " "))
	}
	return g
}

// chain returns the shortest import chain from root to a package for
// which bad reports true, following only imports of packages for which
// through reports true (root itself always), or nil if there is none.
func (g graph) chain(root string, bad func(graph, string) bool, through func(string) bool) []string {
	prev := map[string]string{root: ""}
	queue := []string{root}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p != root && !through(p) {
			continue
		}
		for _, imp := range g.imports[p] {
			if _, seen := prev[imp]; seen {
				continue
			}
			prev[imp] = p
			if bad(g, imp) {
				var c []string
				for q := imp; q != ""; q = prev[q] {
					c = append(c, q)
				}
				slices.Reverse(c)
				return c
			}
			queue = append(queue, imp)
		}
	}
	return nil
}

func isEbiten(_ graph, p string) bool {
	return p == "github.com/hajimehoshi/ebiten/v2" || strings.HasPrefix(p, "github.com/hajimehoshi/ebiten/")
}

func isSyscallJS(_ graph, p string) bool { return p == "syscall/js" }

// outsideSim reports whether p is neither in the standard library nor one
// of sim's own packages.
func outsideSim(g graph, p string) bool { return !g.standard[p] && !inSim(p) }

func inModule(p string) bool { return p == module || strings.HasPrefix(p, module+"/") }

func inSim(p string) bool { return p == module+"/sim" || strings.HasPrefix(p, module+"/sim/") }

func anything(string) bool { return true }

// TestImportRules checks, for every package a pattern matches, that no
// chain of imports reaches a forbidden package. A chain is followed
// through every package, or only through the module's own packages when
// the rule is about what our code imports rather than what a library
// does for it (in the browser the standard library's time and os, and
// Ebiten, import syscall/js themselves).
func TestImportRules(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		env     []string
		what    string
		bad     func(graph, string) bool
		through func(string) bool
	}{
		{"sim is standard library only", "./sim/...", native,
			"a package outside the standard library and sim", outsideSim, anything},
		{"sim is standard library only in the browser", "./sim/...", browser,
			"a package outside the standard library and sim", outsideSim, anything},
		{"game/ui has no Ebiten", "./game/ui/...", native, "Ebiten", isEbiten, anything},
		{"game/ui has no Ebiten in the browser", "./game/ui/...", browser, "Ebiten", isEbiten, anything},
		{"game/ui has no syscall/js", "./game/ui/...", browser, "syscall/js", isSyscallJS, inModule},
		{"game has no syscall/js", "./game/...", browser, "syscall/js", isSyscallJS, inModule},
		{"cmd/report has no Ebiten", "./cmd/report/...", native, "Ebiten", isEbiten, anything},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(repoRoot, strings.TrimSuffix(strings.TrimPrefix(tt.pattern, "./"), "/..."))
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("%s does not exist yet (it is written on another branch)", strings.TrimPrefix(dir, repoRoot+"/"))
			}
			g := load(t, tt.env, tt.pattern)
			for _, root := range g.roots {
				if c := g.chain(root, tt.bad, tt.through); c != nil {
					t.Errorf("%s imports %s (%s): %s", root, tt.what, envName(tt.env), strings.Join(c, " -> "))
				}
			}
		})
	}
}

func envName(env []string) string {
	if len(env) == 0 {
		return "native"
	}
	return strings.Join(env, " ")
}

// TestSimDirectImports checks what sim's packages import themselves:
// nothing that reaches the machine, the network or the browser, and no
// global random source. The root sim package also keeps off time, the
// clock of which would break determinism (sim.Seconds is simulated time).
func TestSimDirectImports(t *testing.T) {
	g := load(t, native, "./sim/...")
	for _, root := range g.roots {
		banned := []string{"os", "net", "math/rand", "syscall/js"}
		if root == module+"/sim" {
			banned = append(banned, "time")
		}
		for _, imp := range g.imports[root] {
			if slices.Contains(banned, imp) || strings.HasPrefix(imp, "syscall/") || strings.HasPrefix(imp, "net/") {
				t.Errorf("%s imports %s", root, imp)
			}
		}
	}
}

// TestWasmIsBrowserOnly checks that every non-test Go file in wasm/ is
// built only for the browser: its //go:build line requires both js and
// wasm.
func TestWasmIsBrowserOnly(t *testing.T) {
	root := filepath.Join(repoRoot, "wasm")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		n++
		rel, _ := filepath.Rel(repoRoot, path)
		expr, err := buildConstraint(path)
		if err != nil {
			return err
		}
		if expr == nil {
			t.Errorf("%s has no //go:build line; every file in wasm/ needs //go:build js && wasm", rel)
		} else if tags := conjuncts(expr); !tags["js"] || !tags["wasm"] {
			t.Errorf("%s is built under //go:build %s; every file in wasm/ needs //go:build js && wasm", rel, expr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("found no Go files in %s", root)
	}
}

// buildConstraint returns the //go:build expression of a Go file, or nil
// if it has none.
func buildConstraint(path string) (constraint.Expr, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "package ") {
			break
		}
		if constraint.IsGoBuild(line) {
			expr, err := constraint.Parse(line)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			return expr, nil
		}
	}
	return nil, sc.Err()
}

// conjuncts returns the tags that expr requires outright: the tags joined
// by && at its top level.
func conjuncts(expr constraint.Expr) map[string]bool {
	tags := map[string]bool{}
	var walk func(constraint.Expr)
	walk = func(e constraint.Expr) {
		switch e := e.(type) {
		case *constraint.AndExpr:
			walk(e.X)
			walk(e.Y)
		case *constraint.TagExpr:
			tags[e.Tag] = true
		}
	}
	walk(expr)
	return tags
}

// TestAssetsHoldData checks that assets/ holds data and the one Go file
// that embeds it, assets/assets.go: programs that work on the data live
// in tools/.
func TestAssetsHoldData(t *testing.T) {
	root := filepath.Join(repoRoot, "assets")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		if rel, _ := filepath.Rel(repoRoot, path); rel != filepath.Join("assets", "assets.go") {
			t.Errorf("%s is Go code in assets/, which holds data only (tools go in tools/)", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
