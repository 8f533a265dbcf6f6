package main

import "fmt"

type MyBool bool

func r1(yield func(int) bool) int           { return 0 }
func r2(yield func(int) MyBool)             {}
func r3(yield func(int, int, int) bool)     {}
func r4(yield func(...int) bool)            {}
func r5(yield func() bool)                  {}

func main() {
	for x := range r1 {
		fmt.Println(x)
	}
	for x := range r2 {
		fmt.Println(x)
	}
	for x := range r3 {
		fmt.Println(x)
	}
	for x := range r4 {
		fmt.Println(x)
	}
	for x := range r5 {
		fmt.Println(x)
	}
}
