// A panic raised and recovered inside another panic's deferred call leaves the first one
// going: the next deferred call recovers it, or it ends the program (with its own stack).
package main

import (
	"errors"
	"fmt"
)

func run(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func g() {
	defer func() { fmt.Println("  g recovered:", recover()) }()
	panic("second")
}

func level(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level %d: %v", n, r)
			if n > 0 {
				panic(err)
			}
		}
	}()
	if n == 0 {
		panic(errors.New("bottom"))
	}
	return level(n - 1)
}

func main() {
	run("recovered inside", func() {
		defer func() {
			defer func() { fmt.Println("  inner:", recover()) }()
			panic("second")
		}()
		panic("first")
	})
	run("not recovered inside", func() {
		defer func() { panic("second") }()
		panic("first")
	})
	run("recovered deeper", func() {
		defer func() {
			g()
			fmt.Println("  after g: first is still unwinding")
		}()
		panic("first")
	})
	run("chain", func() {
		defer func() {
			defer func() { fmt.Println("  mid:", recover()) }()
			panic(fmt.Sprint("x", level(2)))
		}()
		panic("start")
	})
	defer fmt.Println("last deferred call")
	defer func() {
		defer func() { fmt.Println("inner:", recover()) }()
		panic("second")
	}()
	panic("first")
}
