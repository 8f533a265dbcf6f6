package main

import (
	"fmt"
	"strconv"
	"strings"
)

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func rpn(expr string) int {
	var st []int
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			}
		default:
			n, _ := strconv.Atoi(tok)
			st = append(st, n)
		}
	}
	return st[0]
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
	fmt.Println(rpn("3 4 + 2 *"), rpn("10 2 8 * + 3 -"))
	queue := []string{"a", "b", "c"}
	for len(queue) > 0 {
		var head string
		head, queue = queue[0], queue[1:]
		fmt.Print(head)
		if head == "a" {
			queue = append(queue, "d")
		}
	}
	fmt.Println()
}
