package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	fmt.Println(a[5])
	s := []int{1, 2}
	fmt.Println(s[-1])
	const str = "abc"
	fmt.Println(str[3])
	fmt.Println(a[1:4])
	fmt.Println(s[2:1])
	fmt.Println(a[1.5])
}
