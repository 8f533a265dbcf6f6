package main

import (
	"fmt"
	"strings"
)

func permute(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permute(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func subsets(xs []int) [][]int {
	res := [][]int{{}}
	for _, x := range xs {
		n := len(res)
		for i := 0; i < n; i++ {
			s := append(append([]int{}, res[i]...), x)
			res = append(res, s)
		}
	}
	return res
}

func main() {
	var out []string
	permute([]rune("abc"), 0, &out)
	fmt.Println(strings.Join(out, " "))
	fmt.Println(subsets([]int{1, 2, 3}))
}
