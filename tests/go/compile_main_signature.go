package main

func main(args []string) int {
	return len(args)
}
