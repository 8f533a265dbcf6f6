package main

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

type kv struct{ k, id int }

type byK []kv

func (x byK) Len() int           { return len(x) }
func (x byK) Less(i, j int) bool { return x[i].k < x[j].k }
func (x byK) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func digest(x []kv) int {
	h := 0
	for _, e := range x {
		h = (h*31 + e.id) % 1000000007
	}
	return h
}

func main() {
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{13, 49, 50, 51, 100, 257, 600} {
		for pat := 0; pat < 7; pat++ {
			x := make([]kv, n)
			for i := range x {
				var k int
				switch pat {
				case 0:
					k = r.Intn(5)
				case 1:
					k = i
				case 2:
					k = n - i
				case 3:
					k = i % 17
				case 4:
					k = r.Intn(n)
				case 5:
					if i%10 == 0 {
						k = r.Intn(n)
					} else {
						k = i
					}
				case 6:
					k = (i * i) % 7
				}
				x[i] = kv{k, i}
			}
			a := slices.Clone(x)
			sort.Sort(byK(a))
			b := slices.Clone(x)
			sort.Slice(b, func(i, j int) bool { return b[i].k < b[j].k })
			c := slices.Clone(x)
			slices.SortFunc(c, func(p, q kv) int { return p.k - q.k })
			d := slices.Clone(x)
			sort.Sort(sort.Reverse(byK(d)))
			fmt.Println(n, pat, digest(a), digest(b), digest(c), digest(d))
		}
	}
	f := []float64{3, -0.0, 0, 1, 2, -0.0, 0, 5, 4, 0, -0.0, 7, 8, 9, 0, -0.0, 0, 6, 1, 1}
	slices.Sort(f)
	fmt.Println(f)
}
