package main

type Problem struct {
	Code int
	Msg  string
}

func main() {
	panic(Problem{7, "bad"})
}
