package main

import "fmt"

func f() int {
	if true {
		return 1
	} else {
		fmt.Println()
	}
}

func g(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func h() int {
	for {
	}
}

func main() { f(); g(1); h() }
