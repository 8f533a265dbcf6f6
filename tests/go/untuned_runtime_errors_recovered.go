// Recovered runtime errors (index, slice, nil map, nil deref, assertions, channels, division) and runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type node struct{ next *node }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		isRE := false
		if err, ok := r.(error); ok {
			isRE = errors.As(err, &re)
		}
		fmt.Printf("%-12s runtime=%-5v %v\n", name, isRE, r)
	}()
	f()
}

func main() {
	idx := 5
	try("index", func() {
		s := []int{1, 2, 3}
		_ = s[idx]
	})
	try("slice", func() {
		s := make([]int, 2, 4)
		_ = s[1:idx]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"]++
	})
	try("nil deref", func() {
		var n *node
		_ = n.next.next
	})
	try("assert", func() {
		var a any = "str"
		_ = a.(int)
	})
	try("assert iface", func() {
		var a any = 3
		_ = a.(Animal)
	})
	try("assert nil", func() {
		var a Animal
		_ = a.(Dog)
	})
	try("close twice", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("div zero", func() {
		z := 0
		_ = 10 / z
	})
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("string idx", func() {
		s := "héllo"
		_ = s[idx*2]
	})
	try("array ptr", func() {
		var p *[4]int
		_ = len(p)
		p[1] = 2
	})
	try("conversion", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	try("no panic", func() {})
}
