//go:build linux || darwin

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Config struct {
	Name    string
	Retries int

	// Timeouts.
	Read, Write int
	Handler     func(
		a int,
		b string,
	) error
	Nested struct {
		Inner int
		X     []map[string]*Config
	}
}

func long(a int,
	b int, c string) (int,
	error) {
	return a +
		b, nil
}

func chain() string {
	return strings.NewReplacer("a", "b").
		Replace("abc")
}

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	sort.Slice(xs, func(i, j int) bool {
		return xs[i] < xs[j]
	})
	total := xs[0] +
		xs[1] +
		xs[2]
	msg := "a long string " +
		"continued " + fmt.Sprint(total)
	cfg := Config{Name: "x",
		Retries: 3,
	}
	cfgs := map[string]Config{
		"a": {Name: "a"},
		"bb": {
			Name: "bb",
			Retries: 1,
		},
	}
	raw := `line one
	line two`
	matrix := [][]int{
		{1, 2, 3},
		{4, 5, 6},
	}
	fmt.Println(msg, cfg, cfgs, raw, matrix,
		total)
	if x := 1; x > 0 { fmt.Println("one line if") } else { fmt.Println("else") }
	a := 1; b := 2
	fmt.Println(a, b)
	func() {}()
	go func() {
	}()
	for i := 0; i < 2; i++ { continue }
	var e interface{} = (*Config)(nil)
	_ = e
	p := &Config{}
	_ = (*p).Name
	ch := make(chan (<-chan int))
	_ = ch
	s := xs[1:]
	s = xs[:len(xs)-1]
	s = xs[1:2:3]
	s = xs[a+1:]
	s = xs[a+1 : b+1]
	_ = s
	select {}
}
