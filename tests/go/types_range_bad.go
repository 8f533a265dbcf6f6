package main

import "fmt"

func main() {
	for i := range 3.5 {
		fmt.Println(i)
	}
	p := struct{ a, b int }{1, 2}
	for k, v := range p {
		fmt.Println(k, v)
	}
	for i, c := range 10 {
		fmt.Println(i, c)
	}
	var ch chan<- int
	for v := range ch {
		fmt.Println(v)
	}
}
