package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	xs := []int{3, 1}
	sort.Slice(xs, func(i int) bool { return xs[i] < 0 })
	s := strings.Map(func(r byte) byte { return r }, "abc")
	fields := strings.FieldsFunc("a b", func(r rune) {})
	var once sync.Once
	once.Do(func(x int) {})
	time.AfterFunc(time.Second, func() int { return 0 })
	fmt.Println(xs, s, fields)
}
