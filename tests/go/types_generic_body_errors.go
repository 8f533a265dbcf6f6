package main

import "fmt"

func First[T any](xs []T) T {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}

func Equal[T any](a, b T) bool { return a == b }

func Len[T any](x T) int { return len(x) }

func Add[T int | string](a, b T) T { return a - b }

func Zero[T any]() T { return 0 }

func main() {
	fmt.Println(First([]int{1}), Equal(1, 1), Len(1), Add(1, 2), Zero[int]())
}
