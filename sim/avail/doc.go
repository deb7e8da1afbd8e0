// Package avail estimates how available a design is, in "nines", by
// Monte Carlo simulation and by the textbook formula, so that the
// explainer can show both and a test can show that they agree.
//
// # Model
//
// A Model is a list of Units and a list of Systems. A unit fails and is
// repaired over and over (an alternating renewal process): while up it
// fails after an exponentially distributed time with rate
// Unit.PerYear per year of HoursPerYear hours; once down it stays down
// for Unit.RepairHours, either exactly or exponentially distributed
// with that mean (Unit.Exp). Units fail and are repaired independently
// of each other; there are no shared repair crews, common causes or
// failovers that take time.
//
// A System is up while its structure function evaluates true: a leaf
// (Leaf) is up while its unit is up, a series node (Series) while all
// its children are up and a parallel node (Parallel) while any child is
// up. The same unit may appear in several systems, and even twice in
// one system, and the simulation honours that; only the formula needs
// each unit to appear at most once in a tree.
//
// # Formula
//
// Analytic gives the steady-state availability. A unit is up for a
// fraction MTTF/(MTTF+MTTR) = 1/(1 + PerYear*RepairHours/HoursPerYear)
// of the time, whatever the distribution of repair times (a
// renewal-reward argument). For independent units a series node's
// availability is the product of its children's and a parallel node's
// is 1 - the product of its children's unavailabilities.
//
// # Simulation
//
// A Runner simulates the model from a stationary start (every unit is
// down with its steady-state probability, with a residual repair time
// drawn from the equilibrium distribution) so that no warm-up is
// needed and the time average is an unbiased estimate of the
// steady-state availability. It jumps from event to event with a heap
// of the units' next failure or repair times, and re-evaluates only the
// systems that contain the unit that changed. Runner.Run advances by
// whole simulated years and can be called in slices (one per frame);
// the result depends only on the model, the seed and the total number
// of years. Every random number comes from the one math/rand/v2 PCG
// generator the Runner owns, and exponential times are drawn with a
// pure-Go logarithm rather than math.Log (which is written in assembly
// on amd64), so the same model and seed give bit-identical estimates
// natively and under GOOS=js GOARCH=wasm.
//
// # Confidence interval
//
// Estimate.Low and Estimate.High are a 95% confidence interval by batch
// means. The simulated years are grouped into batches of equal length
// (1 year at first; when 64 batches are full, neighbours are merged,
// so there are always between 32 and 63 full batches once 64 years have
// been run). The interval is the overall availability ± t·s/√n, where n
// is the number of full batches, s the standard deviation of their
// availabilities and t the 97.5% quantile of Student's t distribution
// with n-1 degrees of freedom. The years of the last, partial batch
// count towards the availability but not towards s. It is reported only once there are at
// least 10 full batches and at least 10 of them saw some downtime;
// before that Low is 0 and High is 1 ("not enough evidence yet"). A
// system that cannot go down at all (it stays up even with every unit
// that can fail down, say because one parallel branch has PerYear 0)
// reports Low = High = 1.
//
// # Limits
//
// Units are independent, so the model ignores common causes (one fire,
// one bad deploy) that in real outages dominate the result, and a
// parallel node fails over instantly and perfectly. The stationary
// start describes a design that has been running for a long time, not
// the first months after launch. The interval assumes batch means are
// roughly normal and independent: with few outages per batch it is too
// optimistic, which is why it waits for ten batches with downtime.
package avail
