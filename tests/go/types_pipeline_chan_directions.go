package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in chan int) chan<- int { return nil }

func Merge[T any](cs ...<-chan T) <-chan T { return nil }

func main() {
	c := gen(1, 2)
	sq(c)
	var s chan<- int = sq(nil)
	v := <-s
	m := Merge(c, make(chan string))
	var r <-chan int = Merge[int](c)
	for x := range s {
		fmt.Println(x)
	}
	fmt.Println(v, m, r)
}
