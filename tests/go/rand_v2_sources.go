package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.New(rand.NewPCG(1, 2))
	fmt.Println(p.IntN(1000), p.IntN(1000), p.Uint64(), p.Int64(), p.Uint32(), p.Int32N(77), p.Float64(), p.Float32(), p.Perm(7), p.Int64N(1<<50+5), p.UintN(10))
	var seed [32]byte
	copy(seed[:], "chacha8 seed for a chanlab test!")
	c := rand.New(rand.NewChaCha8(seed))
	for i := 0; i < 600; i++ {
		x := c.Uint64()
		if i%97 == 0 || i > 590 {
			fmt.Print(x, " ")
		}
	}
	fmt.Println()
	cc := rand.NewChaCha8([32]byte{1, 2, 3})
	b := make([]byte, 5)
	cc.Read(b)
	fmt.Println(b)
	cc.Read(b)
	fmt.Println(b, cc.Uint64())
	c2 := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c2.IntN(100), c2.Float64())
	s := []int{1, 2, 3, 4, 5, 6}
	p.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
}
