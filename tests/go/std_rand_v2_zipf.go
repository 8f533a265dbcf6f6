// math/rand/v2 on a seeded PCG: the bounded methods, floats, the ziggurat distributions,
// Zipf, Perm and Shuffle, and a PCG state saved with MarshalBinary and restored.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	src := rand.NewPCG(42, 1024)
	r := rand.New(src)
	fmt.Println(r.IntN(1000), r.Int32N(50), r.Int64N(1<<40), r.Uint32N(9), r.Uint64N(1<<63+5), r.UintN(3))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(8))
	words := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)

	z := rand.NewZipf(r, 1.3, 3, 50)
	counts := map[uint64]int{}
	for i := 0; i < 200; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts[0], counts[1], counts[2], len(counts))
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil)

	saved, err := src.MarshalBinary()
	fmt.Println(len(saved), string(saved[:4]), err)
	a := r.Uint64()
	var back rand.PCG
	fmt.Println(back.UnmarshalBinary(saved), back.Uint64() == a)
	fmt.Println(back.UnmarshalBinary([]byte("pcg:short")))
}
