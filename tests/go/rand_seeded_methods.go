package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{42, 0, -7, 1 << 40, 1} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(r.Intn(100), r.Int63(), r.Uint32(), r.Uint64(), r.Int31n(1000), r.Int63n(1<<40+3), r.Float64(), r.Float32(), r.Perm(6), r.Int(), r.Intn(1<<40))
		s := []int{1, 2, 3, 4, 5, 6, 7, 8}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		b := make([]byte, 10)
		r.Read(b)
		fmt.Println(s, b)
		r.Seed(seed + 1)
		fmt.Println(r.Int63())
	}
}
