//go:build !js

package sim_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSimImportsOnlyTheStandardLibrary keeps the core pure: nothing
// outside the standard library (so no Ebiten and no game), no browser
// package under syscall/, and none of the platform packages that would
// break determinism.
func TestSimImportsOnlyTheStandardLibrary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", "outagelab/sim").Output()
	require.NoError(t, err)
	banned := []string{"os", "net", "time", "math/rand"}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, std, _ := strings.Cut(line, " ")
		if path == "outagelab/sim" {
			continue
		}
		require.Equal(t, "true", std, "sim depends on non-standard package %s", path)
	}
	direct, err := exec.Command("go", "list", "-f", `{{join .Imports "\n"}}`, "outagelab/sim").Output()
	require.NoError(t, err)
	for _, imp := range strings.Split(strings.TrimSpace(string(direct)), "\n") {
		for _, b := range banned {
			require.NotEqual(t, b, imp, "sim imports %s", imp)
		}
		require.False(t, strings.HasPrefix(imp, "syscall/"), "sim imports %s", imp)
	}
}
