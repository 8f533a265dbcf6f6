package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch score / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	}
	return "F"
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{100, 95, 81, 70, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch c := "go"; c + "lang" {
	case "golang":
		fmt.Println("matched", c)
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("calls", calls)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("unreachable")
	}
	var i interface{} = 3.5
	switch i {
	case 3.5:
		fmt.Println("interface switch on value")
	}
}
