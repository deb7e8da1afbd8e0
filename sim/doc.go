// Package sim is the deterministic outage simulation at the heart of
// Outage Lab.
//
// The contract is (Scenario, seed, []Command) → Timeline: the same
// scenario, seed and commands give the same bytes on every platform,
// including GOOS=js GOARCH=wasm. To keep that promise the package
//
//   - counts simulated time in whole seconds since the scenario starts
//     (type Seconds), never reads the wall clock and never uses frame
//     durations;
//   - draws every random number from the one generator the World owns,
//     seeded from the seed it was given;
//   - keeps all state in World (no package-level mutable variables) and
//     never lets an outcome depend on map iteration order;
//   - changes state only through commands: Apply checks and queues a
//     Command, Advance runs every event up to a simulated time.
//
// The model: sites (data centers) hold fire compartments and power
// zones. Each zone is fed from the utility or the site's generators
// through UPS strings and a cable route; server groups sit in zones.
// Components (message store, auth, object storage, ops tools, the
// failover controller…) run on server groups with a redundancy mode,
// and apps are built from required and optional components. Fires
// spread between compartments, destroy what shares their space and
// bring the fire service, which cuts power to the whole building (or
// only the affected zones where the site can do that), hands the
// building back once the fire is out, and leaves repair crews to
// replace burned UPS strings and cables. Failover to another site
// happens automatically only while the failover controller is alive,
// and by hand only while the ops tools are reachable: the lesson of the
// Kakao fire falls out of these rules rather than out of a script.
//
// Each copy of a component's data trails the copy that serves by a lag
// (Lag: synchronous, a span, a nightly backup, or none), stated in the
// scenario or by the mode's default. When a copy takes over from one
// that failed, the writes of its lag are missing: restorable while the
// disks of the failed copy survive, gone for good once they are
// destroyed. When the copy in use is destroyed while none serves, the
// writes the freshest copy left lacks go with it; when every copy is
// destroyed, all of the data does. Result states each component's and
// each app's DataLoss with the rule (LossRule) that decided it.
//
// Readers get copies: Snapshot for drawing, Timeline and Result for
// reports and charts. The package imports only the standard library
// and never os, net, time or syscall/js.
package sim
