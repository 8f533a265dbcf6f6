// Go 1.27 generic methods reached through an embedded field, as method values, on a
// generic receiver, and (*rand.Rand).N from math/rand/v2.
package main

import (
	"fmt"
	"math/rand/v2"
)

type Box struct{ v int }

func (b Box) Scale[T int | float64](f T) T { return T(b.v) * f }

type Outer struct {
	Box
	name string
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) With[W any](w W) Pair[K, W] { return Pair[K, W]{p.k, w} }

func main() {
	o := Outer{Box{4}, "o"}
	fmt.Println(o.Scale(3), o.Scale(0.25))
	f := o.Scale[float64]
	fmt.Println(f(2))
	p := Pair[string, int]{"a", 1}
	q := p.With(2.5)
	fmt.Printf("%v %T\n", q, q)
	r := rand.New(rand.NewPCG(3, 4))
	fmt.Println(r.N(uint8(200)), r.N(100))
}
