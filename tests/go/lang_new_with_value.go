package main

import (
	"fmt"
	"time"
)

// Go 1.26: new accepts a value, so optional fields need no helper functions.

type Options struct {
	Retries *int
	Timeout *time.Duration
	Verbose *bool
	Name    *string
}

func describe(o Options) string {
	s := ""
	if o.Retries != nil {
		s += fmt.Sprintf("retries=%d ", *o.Retries)
	}
	if o.Timeout != nil {
		s += fmt.Sprintf("timeout=%v ", *o.Timeout)
	}
	if o.Verbose != nil {
		s += fmt.Sprintf("verbose=%t ", *o.Verbose)
	}
	if o.Name != nil {
		s += fmt.Sprintf("name=%q", *o.Name)
	}
	return s
}

type point struct{ X, Y int }

func main() {
	o := Options{Retries: new(3), Timeout: new(1500 * time.Millisecond), Verbose: new(false)}
	fmt.Println(describe(o))
	base := "svc"
	o.Name = new(base + "-1")
	base = "changed"
	fmt.Println(describe(o), base)

	p := point{1, 2}
	q := new(p) // a copy of p
	q.X = 10
	fmt.Println(p, *q)
	arr := new([3]int{1, 2, 3})
	arr[0] = 9
	fmt.Println(*arr, len(arr))
	n := new(len("four") * 2)
	*n++
	var f = new(0.5)
	fmt.Printf("%d %T %v %T\n", *n, n, *f, f)
	zero := new(int)
	fmt.Println(*zero)
}
