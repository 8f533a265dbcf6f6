package main

import (
	"fmt"
	"runtime"
	"sync"
)

// checksum is CPU-bound work: it only computes (FNV-1a). It is a variable so
// that tests can watch it.
var checksum = func(data string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(data); i++ {
		h ^= uint32(data[i])
		h *= 16777619
	}
	return h
}

// checksumAll returns the checksum of every input, in the inputs' order.
func checksumAll(inputs []string) []uint32 {
	out := make([]uint32, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Go(func() { out[i] = checksum(in) })
	}
	wg.Wait()
	return out
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta"}
	fmt.Println("processors:", runtime.GOMAXPROCS(0))
	for i, sum := range checksumAll(inputs) {
		fmt.Printf("%s: %08x\n", inputs[i], sum)
	}
}
