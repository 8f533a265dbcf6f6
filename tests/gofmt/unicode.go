package main

type T struct {
	ñame   string // é
	x int // plain
	日本 int // 語
}

var m = map[string]int{
	"é": 1,
	"abc": 2,
}

func main() {}
