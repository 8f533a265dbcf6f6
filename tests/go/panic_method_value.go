package main

import "fmt"

type Acc struct{ hist []int }

func (a Acc) Last() int { return a.hist[len(a.hist)-1] }

func main() {
	var a *Acc
	f := func() int { return a.Last() }
	fmt.Println("got func")
	fmt.Println(f())
}
