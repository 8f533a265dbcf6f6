package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := arr[:]
	k := 5
	fmt.Println(s[1:2:3])
	fmt.Println(s[1:2:k])
}
