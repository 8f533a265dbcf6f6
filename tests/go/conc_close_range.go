package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range gen(10) {
		total += v
	}
	fmt.Println(total)
	ch := make(chan int)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	select {
	case v, ok := <-ch:
		fmt.Println("closed recv in select", v, ok)
	default:
		fmt.Println("default")
	}
	sc := make(chan struct{})
	go func() {
		close(sc)
	}()
	<-sc
	<-sc
	fmt.Println("closed channel never blocks")
}
