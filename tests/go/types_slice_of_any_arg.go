package main

import "fmt"

func printAll(vals []any) {
	for _, v := range vals {
		fmt.Println(v)
	}
}

func total(xs ...int) int { return len(xs) }

func main() {
	names := []string{"a", "b"}
	printAll(names)
	var ifs []interface{} = names
	nums := []int{1, 2}
	fmt.Println(total(nums))
	fmt.Println(total(1, nums...))
	fmt.Println(ifs)
}
