package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 9
	(*p)[1] = 8
	fmt.Println(*p, s, len(p))
	q := (*[4]int)(s)
	q[3] = 7
	fmt.Println(s[3])
	defer func() { fmt.Println("recovered:", recover()) }()
	r := (*[5]int)(s)
	fmt.Println(r)
}
