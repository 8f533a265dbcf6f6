package main

import "fmt"

type Job struct{ ID int }

func main() {
	jobs := make(chan *Job, 2)
	results := make(chan<- map[string][]int)
	var out <-chan func(int) error
	var n int = jobs
	var m int = results
	var o int = out
	var p int = make(chan chan<- struct{ a, b int })
	var q int = [3][]*Job{}
	var r int = map[Job]struct{}{}
	fmt.Println(n, m, o, p, q, r)
}
