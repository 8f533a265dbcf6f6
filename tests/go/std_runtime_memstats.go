// runtime.ReadMemStats, SetFinalizer, LockOSThread and UnlockOSThread exist, so programs
// that measure memory or pin threads run (the numbers printed here do not vary).
package main

import (
	"fmt"
	"runtime"
)

type res struct{ id int }

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.EnableGC, len(m.PauseNs), len(m.BySize))
	r := &res{1}
	runtime.SetFinalizer(r, func(r *res) {})
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	runtime.GC()
	fmt.Println("ok", r.id)
}
