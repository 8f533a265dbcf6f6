package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var fs []func()
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() { fmt.Print(s) })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 6; i += 2 {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	done := make(chan int)
	for i := range 3 {
		go func() { done <- i }()
	}
	sum := 0
	for range 3 {
		sum += <-done
	}
	fmt.Println(sum)
}
