package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.New(rand.NewPCG(1, 2))
	fmt.Println(p.IntN(1000), p.IntN(1000), p.Uint64())
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(100), c.Float64() < 1)
	y := rand.IntN(5)
	fmt.Println(y >= 0 && y < 5, rand.N(10) < 10)
}
