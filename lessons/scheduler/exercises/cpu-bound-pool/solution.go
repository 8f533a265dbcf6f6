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

// checksumAll returns the checksum of every input, in the inputs' order. One
// worker per processor takes input indexes from a channel.
func checksumAll(inputs []string) []uint32 {
	out := make([]uint32, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(inputs)) {
		wg.Go(func() {
			for i := range next {
				out[i] = checksum(inputs[i]) // each index is written by one worker only
			}
		})
	}
	for i := range inputs {
		next <- i
	}
	close(next)
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
